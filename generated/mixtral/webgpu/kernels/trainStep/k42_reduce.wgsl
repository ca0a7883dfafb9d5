// kernel k42_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t236: array<f32>;
@group(0) @binding(1) var<storage, read> t490: array<f32>;
@group(0) @binding(2) var<storage, read_write> t251: array<f32>;
@group(0) @binding(3) var<storage, read_write> t500: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k42_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l236: f32 = t236[row * 8i + col];
    acc0_0 = max(acc0_0, l236);
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 4i]);
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 2i]);
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l236_1: f32 = t236[row * 8i + col_1];
    let v247: f32 = l236_1 - r0_0;
    let v248: f32 = exp(v247);
    acc1_0 += v248;
  }
  partial0[lid] = acc1_0;
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
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l492: f32 = t490[col_2];
    let l236_2: f32 = t236[row * 8i + col_2];
    let v247_1: f32 = l236_2 - r0_0;
    let v248_1: f32 = exp(v247_1);
    let v251: f32 = v248_1 / r1_0;
    let v494: f32 = l492 * v251;
    let v495: f32 = v494 / r1_0;
    let v496: f32 = -v495;
    acc2_0 += v496;
  }
  partial0[lid] = acc2_0;
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
  for (var col_3: i32 = lid; col_3 < 8i; col_3 += 8i) {
    let l236_3: f32 = t236[row * 8i + col_3];
    let v247_2: f32 = l236_3 - r0_0;
    let v248_2: f32 = exp(v247_2);
    let v251_1: f32 = v248_2 / r1_0;
    t251[row * 8i + col_3] = v251_1;
    let l492_1: f32 = t490[col_3];
    let v493: f32 = l492_1 / r1_0;
    let v499: f32 = v493 + r2_0;
    let v500: f32 = v499 * v248_2;
    t500[row * 8i + col_3] = v500;
  }
}
