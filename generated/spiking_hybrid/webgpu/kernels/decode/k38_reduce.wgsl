// kernel k38_reduce (compiler/std/spiking.loom:89:26)
@group(0) @binding(0) var<storage, read> t236: array<f32>;
@group(0) @binding(1) var<storage, read_write> t255: array<f32>;
@group(0) @binding(2) var<storage, read_write> t248: array<f32>;
@group(0) @binding(3) var<storage, read_write> t253: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k38_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 176i; col += 256i) {
    let l236: f32 = t236[col];
    let v237: f32 = abs(l236);
    acc0_0 += v237;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  var acc1_1: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 176i; col_1 += 256i) {
    let l236_1: f32 = t236[col_1];
    let v239: f32 = r0_0 * 0.0056818184f;
    let v240: f32 = v239 / 2.0f;
    let v241: f32 = v240 + 0.000001f;
    let v243: f32 = l236_1 / v241;
    let v244: f32 = v243 + 0.5f;
    let v245: f32 = floor(v244);
    let v246: f32 = abs(v245);
    let v250: bool = v245 == 0.0f;
    let v251: f32 = f32(v250);
    let v255: f32 = v245 * v241;
    t255[col_1] = v255;
    acc1_0 += v246;
    acc1_1 += v251;
  }
  partial0[lid] = acc1_0;
  partial1[lid] = acc1_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  let r1_1: f32 = partial1[0i];
  if (lid == 0i) {
    let v248: f32 = r1_0 * 0.0056818184f;
    t248[0i] = v248;
    let v253: f32 = r1_1 * 0.0056818184f;
    t253[0i] = v253;
  }
}
