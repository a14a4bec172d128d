FROM alpine:3.20
# expect-line: 3
RUN apk add --no-cache curl bash=5.2.26-r0
