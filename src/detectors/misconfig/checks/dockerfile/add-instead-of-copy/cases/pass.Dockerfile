FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
ADD rootfs.tar.gz /
