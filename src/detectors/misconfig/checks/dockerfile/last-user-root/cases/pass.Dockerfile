FROM alpine:3.20
USER root
RUN apk add --no-cache curl
USER 10001:10001
CMD ["sh"]
