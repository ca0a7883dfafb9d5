// kernel k36_reduce
@group(0) @binding(0) var<storage, read> t240: array<f32>;
@group(0) @binding(1) var<storage, read> t194: array<f32>;
@group(0) @binding(2) var<storage, read> t199: array<f32>;
@group(0) @binding(3) var<storage, read_write> t256: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k36_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l240: f32 = t240[row * 64i + col];
    let l194: f32 = t194[row * 64i + col];
    let v245: f32 = l240 * l194;
    acc0_0 += v245;
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
    let l240_1: f32 = t240[row * 64i + col_1];
    let l200: f32 = t199[row];
    let v244: f32 = l240_1 * l200;
    let l199: f32 = t199[row];
    let v247: f32 = l199 * l199;
    let v248: f32 = l199 * v247;
    let v250: f32 = v248 * -0.5f;
    let v251: f32 = r0_0 * v250;
    let v252: f32 = v251 * 0.015625f;
    let l194_1: f32 = t194[row * 64i + col_1];
    let v254: f32 = v252 * l194_1;
    let v255: f32 = v244 + v254;
    let v256: f32 = v255 + v254;
    t256[row * 64i + col_1] = v256;
  }
}
