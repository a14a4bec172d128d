FROM node:20-alpine
# expect-line: 3
CMD node server.js
