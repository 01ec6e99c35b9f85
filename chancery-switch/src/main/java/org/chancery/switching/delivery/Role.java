package org.chancery.switching.delivery;

/** Whether a post received a cable for action (a TO addressee) or for information (INFO). */
public enum Role {
    ACTION,
    INFO
}
