FROM ubuntu:24.04
USER app
# expect-line: 4
RUN sudo apt-get install -y --no-install-recommends jq
