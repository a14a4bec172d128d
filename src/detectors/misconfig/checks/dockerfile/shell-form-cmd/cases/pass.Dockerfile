FROM node:20-alpine AS test
CMD npm test
FROM node:20-alpine
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "server.js"]
