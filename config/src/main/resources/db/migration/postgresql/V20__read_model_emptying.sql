-- The tables a read model's reset on H2 empties once the reset has committed (query module, ReadModelTables and
-- MarkedTables). H2's TRUNCATE commits the transaction it runs in, so it cannot run in the reset's transaction; the
-- reset marks its tables here instead, in its transaction, and they are truncated right after it commits, or, if the
-- process died in between, when the application next starts, before any processor runs. PostgreSQL truncates in the
-- reset's transaction and leaves this table empty. Keep this file and the other folder's V20 in step.
create table read_model_emptying (
    table_name varchar(128) not null,
    -- the order to empty them in: a reset names the tables that hang from others by a foreign key first
    position   integer      not null,
    constraint pk_read_model_emptying primary key (table_name)
);
