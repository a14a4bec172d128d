FROM golang:1.22
WORKDIR /src
# expect-line: 4
RUN ps aux
