FROM alpine:3.20
# expect-line: 3
RUN apk add curl=8.9.1-r1
