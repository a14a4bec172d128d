FROM ubuntu:24.04
USER root
RUN apt-get install -y --no-install-recommends jq && echo "no sudo here"
USER app
