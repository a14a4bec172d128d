FROM golang:1.22
COPY . /src
WORKDIR /src
RUN go build -o /out/app ./cmd/app && (cd docs && make)
