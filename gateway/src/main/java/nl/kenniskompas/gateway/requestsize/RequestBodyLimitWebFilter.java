package nl.kenniskompas.gateway.requestsize;

import java.util.concurrent.atomic.AtomicLong;

import nl.kenniskompas.gateway.problem.ProblemException;
import nl.kenniskompas.gateway.problem.ProblemWriter;
import nl.kenniskompas.gateway.problem.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 413 problem for API request bodies over the limit: at once when Content-Length says so, otherwise as soon as
 * a chunked body passes it. The gateway buffers bodies (for circuit-breaker fallbacks), so this also bounds memory.
 */
@Component
@Order(-40)
class RequestBodyLimitWebFilter implements WebFilter {

    private final RequestSizeProperties limits;
    private final ProblemWriter problems;

    RequestBodyLimitWebFilter(RequestSizeProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        long maxBytes = limits.limitFor(request.getPath().value());
        if (request.getHeaders().getContentLength() > maxBytes) {
            return problems.write(exchange, tooLarge(exchange, maxBytes));
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limit(super.getBody(), exchange, maxBytes);
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    private Flux<DataBuffer> limit(Flux<DataBuffer> body, ServerWebExchange exchange, long maxBytes) {
        AtomicLong received = new AtomicLong();
        return body.handle((buffer, sink) -> {
            if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                sink.error(new ProblemException(tooLarge(exchange, maxBytes)));
            } else {
                sink.next(buffer);
            }
        });
    }

    private ProblemDetail tooLarge(ServerWebExchange exchange, long maxBytes) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                "Het verzoek is te groot: stuur hoogstens %d KB.".formatted(maxBytes / 1024), exchange);
    }
}
