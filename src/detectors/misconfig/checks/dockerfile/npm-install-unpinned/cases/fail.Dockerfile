FROM node:20-alpine
# expect-line: 3
RUN npm install -g @angular/cli pm2@latest typescript@5.6.3
