package nl.kenniskompas.vote;

import nl.kenniskompas.platform.testing.ServiceBasics;

class VoteServiceBasicsIT extends ServiceBasics {
}
