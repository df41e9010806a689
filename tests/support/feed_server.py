"""The loopback feed server lives in the package (`bot.testing`) so benchmarks can use it too."""

from bot.testing.feed_server import FeedServer, Response, Story, rss

__all__ = ["FeedServer", "Response", "Story", "rss"]
