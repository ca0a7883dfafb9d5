// kernel k89a_reduce
@group(0) @binding(0) var<storage, read> t490: array<f32>;
@group(0) @binding(1) var<storage, read> t211: array<f32>;
@group(0) @binding(2) var<storage, read> t210: array<f32>;
@group(0) @binding(3) var<storage, read> t206: array<f32>;
@group(0) @binding(4) var<storage, read_write> t507: array<f32>;
@group(0) @binding(5) var<storage, read_write> t508: array<f32>;
@group(0) @binding(6) var<storage, read_write> t842: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k89a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l491: f32 = t490[row + col * 64i];
    let v492: f32 = l491 / 16.0f;
    let v493: f32 = -v492;
    let l211: f32 = t211[row + col * 64i];
    let v494: f32 = v493 / l211;
    let l210: f32 = t210[row + col * 64i];
    let v495: f32 = v494 * l210;
    let v496: f32 = -v495;
    let l206: f32 = t206[row + col * 64i];
    let v497: f32 = select(select(0.0f, -1.0f, l206 < 0.0f), 1.0f, l206 > 0.0f);
    let v498: f32 = v496 * v497;
    let v499: bool = l206 < 0.0f;
    let v500: f32 = f32(v499);
    let v501: bool = l206 == 0.0f;
    let v502: f32 = f32(v501);
    let v504: f32 = v502 * 0.5f;
    let v505: f32 = v500 + v504;
    let v506: f32 = v492 * v505;
    let v507: f32 = v498 + v506;
    acc0_0 += v507;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 1024i; col_1 += 256i) {
    let l491_1: f32 = t490[row + col_1 * 64i];
    let v492_1: f32 = l491_1 / 16.0f;
    let v493_1: f32 = -v492_1;
    let l211_1: f32 = t211[row + col_1 * 64i];
    let v494_1: f32 = v493_1 / l211_1;
    let l210_1: f32 = t210[row + col_1 * 64i];
    let v495_1: f32 = v494_1 * l210_1;
    let v496_1: f32 = -v495_1;
    let l206_1: f32 = t206[row + col_1 * 64i];
    let v497_1: f32 = select(select(0.0f, -1.0f, l206_1 < 0.0f), 1.0f, l206_1 > 0.0f);
    let v498_1: f32 = v496_1 * v497_1;
    let v499_1: bool = l206_1 < 0.0f;
    let v500_1: f32 = f32(v499_1);
    let v501_1: bool = l206_1 == 0.0f;
    let v502_1: f32 = f32(v501_1);
    let v504_1: f32 = v502_1 * 0.5f;
    let v505_1: f32 = v500_1 + v504_1;
    let v506_1: f32 = v492_1 * v505_1;
    let v507_1: f32 = v498_1 + v506_1;
    t507[row + col_1 * 64i] = v507_1;
  }
  if (lid == 0i) {
    t508[row] = r0_0;
    let v842: f32 = r0_0 * r0_0;
    t842[row] = v842;
  }
}
