FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends nginx=1.22.1-9 && rm -rf /var/lib/apt/lists/*
RUN apk --update add easy-rsa
