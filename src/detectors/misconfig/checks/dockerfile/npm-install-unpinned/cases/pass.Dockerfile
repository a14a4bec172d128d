FROM node:20-alpine
RUN npm ci && npm install -g @angular/cli@18.2.4 typescript@5.6.3 && npm install
