package main

// Deliberately planted for the example: a hard-coded cloud credential that the secret scanner reports.
const awsAccessKeyID = "AKIA2OGYBAH6RN3XQFVN"
const awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzQ8yH2ktTq"
