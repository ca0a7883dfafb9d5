// kernel k36_reduce
@group(0) @binding(0) var<storage, read> t232: array<f32>;
@group(0) @binding(1) var<storage, read> t186: array<f32>;
@group(0) @binding(2) var<storage, read> t191: array<f32>;
@group(0) @binding(3) var<storage, read_write> t248: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k36_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l232: f32 = t232[row * 64i + col];
    let l186: f32 = t186[row * 64i + col];
    let v237: f32 = l232 * l186;
    acc0_0 += v237;
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
    let l232_1: f32 = t232[row * 64i + col_1];
    let l192: f32 = t191[row];
    let v236: f32 = l232_1 * l192;
    let l191: f32 = t191[row];
    let v239: f32 = l191 * l191;
    let v240: f32 = l191 * v239;
    let v242: f32 = v240 * -0.5f;
    let v243: f32 = r0_0 * v242;
    let v244: f32 = v243 * 0.015625f;
    let l186_1: f32 = t186[row * 64i + col_1];
    let v246: f32 = v244 * l186_1;
    let v247: f32 = v236 + v246;
    let v248: f32 = v247 + v246;
    t248[row * 64i + col_1] = v248;
  }
}
