// kernel k34_reduce
@group(0) @binding(0) var<storage, read> t238: array<f32>;
@group(0) @binding(1) var<storage, read> t192: array<f32>;
@group(0) @binding(2) var<storage, read> t197: array<f32>;
@group(0) @binding(3) var<storage, read_write> t254: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k34_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l238: f32 = t238[row * 64i + col];
    let l192: f32 = t192[row * 64i + col];
    let v243: f32 = l238 * l192;
    acc0_0 += v243;
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
    let l238_1: f32 = t238[row * 64i + col_1];
    let l198: f32 = t197[row];
    let v242: f32 = l238_1 * l198;
    let l197: f32 = t197[row];
    let v245: f32 = l197 * l197;
    let v246: f32 = l197 * v245;
    let v248: f32 = v246 * -0.5f;
    let v249: f32 = r0_0 * v248;
    let v250: f32 = v249 * 0.015625f;
    let l192_1: f32 = t192[row * 64i + col_1];
    let v252: f32 = v250 * l192_1;
    let v253: f32 = v242 + v252;
    let v254: f32 = v253 + v252;
    t254[row * 64i + col_1] = v254;
  }
}
