// kernel k35a_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t230: array<f32>;
@group(0) @binding(1) var<storage, read> in_targets: array<f32>;
@group(0) @binding(2) var<storage, read_write> t262: array<f32>;
@group(0) @binding(3) var<storage, read_write> t247: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k35a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l230: f32 = t230[row * 256i + col];
    let l234: f32 = f32(col);
    let l235: f32 = in_targets[row];
    let v236: bool = l234 == l235;
    let v256: f32 = select(0.0f, -0.0009765625f, v236);
    let v257: f32 = -v256;
    acc0_0 = max(acc0_0, l230);
    acc0_1 += v257;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 128i]);
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 64i]);
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 32i]);
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 16i]);
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 8i]);
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 4i]);
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 2i]);
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 256i; col_1 += 256i) {
    let l230_1: f32 = t230[row * 256i + col_1];
    let v239: f32 = l230_1 - r0_0;
    let v240: f32 = exp(v239);
    acc1_0 += v240;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc2_0: f32 = 0.0f;
  for (var col_2: i32 = lid; col_2 < 256i; col_2 += 256i) {
    let l234_1: f32 = f32(col_2);
    let l235_1: f32 = in_targets[row];
    let v236_1: bool = l234_1 == l235_1;
    let l230_2: f32 = t230[row * 256i + col_2];
    let v239_1: f32 = l230_2 - r0_0;
    let v242: f32 = log(r1_0);
    let v244: f32 = v239_1 - v242;
    let v246: f32 = select(0.0f, v244, v236_1);
    acc2_0 += v246;
  }
  partial0[lid] = acc2_0;
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
  let r2_0: f32 = partial0[0i];
  for (var col_3: i32 = lid; col_3 < 256i; col_3 += 256i) {
    let l234_2: f32 = f32(col_3);
    let l235_2: f32 = in_targets[row];
    let v236_2: bool = l234_2 == l235_2;
    let v256_1: f32 = select(0.0f, -0.0009765625f, v236_2);
    let v259: f32 = r0_1 / r1_0;
    let l230_3: f32 = t230[row * 256i + col_3];
    let v239_2: f32 = l230_3 - r0_0;
    let v240_1: f32 = exp(v239_2);
    let v261: f32 = v259 * v240_1;
    let v262: f32 = v256_1 + v261;
    t262[row * 256i + col_3] = v262;
  }
  if (lid == 0i) {
    t247[row] = r2_0;
  }
}
