FROM node:20-alpine
WORKDIR /app
# expect-line: 4
ADD package.json package-lock.json ./
RUN npm ci
