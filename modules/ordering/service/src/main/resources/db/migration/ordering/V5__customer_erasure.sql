-- When the customer deleted their account: the order's delivery address was then erased, the rest kept for the books.
ALTER TABLE orders ADD COLUMN customer_erased_at TIMESTAMP;
