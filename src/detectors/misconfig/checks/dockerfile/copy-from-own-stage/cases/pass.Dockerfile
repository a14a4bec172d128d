FROM golang:1.22 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.20 AS run
COPY --from=build /go/bin/app /app
