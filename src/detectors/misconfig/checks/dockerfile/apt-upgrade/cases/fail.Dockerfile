FROM ubuntu:24.04
# expect-line: 3
RUN apt-get update && apt-get -y dist-upgrade
