// kernel k49_reduce
@group(0) @binding(0) var<storage, read> t320: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t193: array<f32>;
@group(0) @binding(3) var<storage, read> t192: array<f32>;
@group(0) @binding(4) var<storage, read_write> t331: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k49_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l320: f32 = t320[row * 64i + col];
    let l195: f32 = t195[row * 64i + col];
    let v322: f32 = l320 * l195;
    let l194: f32 = t193[row];
    let v323: f32 = v322 / l194;
    let v324: f32 = -v323;
    acc0_0 += v324;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let g: f32 = f32((row % 64i * 64i + col_1) / 64i);
    let g_1: f32 = f32((row % 64i * 64i + col_1) % 64i);
    let l102: bool = g >= g_1;
    let l320_1: f32 = t320[row * 64i + col_1];
    let l194_1: f32 = t193[row];
    let v321: f32 = l320_1 / l194_1;
    let v327: f32 = v321 + r0_0;
    let l192: f32 = t192[row * 64i + col_1];
    let v328: f32 = v327 * l192;
    let v330: f32 = select(0.0f, v328, l102);
    let v331: f32 = v330 / 4.0f;
    t331[row * 64i + col_1] = v331;
  }
}
