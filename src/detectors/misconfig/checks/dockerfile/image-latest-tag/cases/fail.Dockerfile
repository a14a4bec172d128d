FROM golang:1.22 AS build
RUN go build -o /app .
# expect-line: 4
FROM alpine:latest
COPY --from=build /app /app
