FROM node:20-alpine
# expect-line: 3
ENTRYPOINT ["node"]
CMD ["server.js"]
ENTRYPOINT ["npm", "start"]
