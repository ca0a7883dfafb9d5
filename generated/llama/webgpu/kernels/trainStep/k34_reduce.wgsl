// kernel k34_reduce
@group(0) @binding(0) var<storage, read> t236: array<f32>;
@group(0) @binding(1) var<storage, read> t190: array<f32>;
@group(0) @binding(2) var<storage, read> t195: array<f32>;
@group(0) @binding(3) var<storage, read_write> t252: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k34_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l236: f32 = t236[row * 64i + col];
    let l190: f32 = t190[row * 64i + col];
    let v241: f32 = l236 * l190;
    acc0_0 += v241;
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
    let l236_1: f32 = t236[row * 64i + col_1];
    let l196: f32 = t195[row];
    let v240: f32 = l236_1 * l196;
    let l195: f32 = t195[row];
    let v243: f32 = l195 * l195;
    let v244: f32 = l195 * v243;
    let v246: f32 = v244 * -0.5f;
    let v247: f32 = r0_0 * v246;
    let v248: f32 = v247 * 0.015625f;
    let l190_1: f32 = t190[row * 64i + col_1];
    let v250: f32 = v248 * l190_1;
    let v251: f32 = v240 + v250;
    let v252: f32 = v251 + v250;
    t252[row * 64i + col_1] = v252;
  }
}
