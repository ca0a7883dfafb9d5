// kernel k47a_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t269: array<f32>;
@group(0) @binding(1) var<storage, read> in_targets: array<f32>;
@group(0) @binding(2) var<storage, read_write> t301: array<f32>;
@group(0) @binding(3) var<storage, read_write> t286: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k47a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l269: f32 = t269[row * 256i + col];
    let l273: f32 = f32(col);
    let l274: f32 = in_targets[row];
    let v275: bool = l273 == l274;
    let v295: f32 = select(0.0f, -0.0009765625f, v275);
    let v296: f32 = -v295;
    acc0_0 = max(acc0_0, l269);
    acc0_1 += v296;
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
    let l269_1: f32 = t269[row * 256i + col_1];
    let v278: f32 = l269_1 - r0_0;
    let v279: f32 = exp(v278);
    acc1_0 += v279;
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
    let l273_1: f32 = f32(col_2);
    let l274_1: f32 = in_targets[row];
    let v275_1: bool = l273_1 == l274_1;
    let l269_2: f32 = t269[row * 256i + col_2];
    let v278_1: f32 = l269_2 - r0_0;
    let v281: f32 = log(r1_0);
    let v283: f32 = v278_1 - v281;
    let v285: f32 = select(0.0f, v283, v275_1);
    acc2_0 += v285;
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
    let l273_2: f32 = f32(col_3);
    let l274_2: f32 = in_targets[row];
    let v275_2: bool = l273_2 == l274_2;
    let v295_1: f32 = select(0.0f, -0.0009765625f, v275_2);
    let v298: f32 = r0_1 / r1_0;
    let l269_3: f32 = t269[row * 256i + col_3];
    let v278_2: f32 = l269_3 - r0_0;
    let v279_1: f32 = exp(v278_2);
    let v300: f32 = v298 * v279_1;
    let v301: f32 = v295_1 + v300;
    t301[row * 256i + col_3] = v301;
  }
  if (lid == 0i) {
    t286[row] = r2_0;
  }
}
