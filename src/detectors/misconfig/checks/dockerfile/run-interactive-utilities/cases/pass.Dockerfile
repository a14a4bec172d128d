FROM ubuntu:24.04
RUN apt-get install -y --no-install-recommends procps=2:4.0.4-4ubuntu3 vim=2:9.1.0016-1ubuntu7
RUN bash -c 'echo "set -o vi" >> /etc/bash.bashrc'
