FROM ubuntu:24.04
# expect-line: 3
EXPOSE 80 22/tcp
