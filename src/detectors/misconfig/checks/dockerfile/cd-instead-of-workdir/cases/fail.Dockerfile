FROM golang:1.22
COPY . /src
# expect-line: 4
RUN cd /src && go build -o /out/app ./cmd/app
