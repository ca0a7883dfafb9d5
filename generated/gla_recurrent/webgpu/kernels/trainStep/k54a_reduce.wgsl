// kernel k54a_reduce
@group(0) @binding(0) var<storage, read> t326: array<f32>;
@group(0) @binding(1) var<storage, read> t139: array<f32>;
@group(0) @binding(2) var<storage, read_write> t341: array<f32>;
@group(0) @binding(3) var<storage, read_write> t342: array<f32>;
@group(0) @binding(4) var<storage, read_write> t618: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k54a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l336: f32 = t326[196608i + row + col / 64i * 64i + col % 64i * 1024i];
    let v337: f32 = l336 / 16.0f;
    let v338: f32 = -v337;
    let l139: f32 = t139[row + col * 64i];
    let v339: f32 = 1.0f / (1.0f + exp(min(-l139, 88.0f)));
    let v340: f32 = v338 * v339;
    let v341: f32 = -v340;
    t341[row + col * 64i] = v341;
    acc0_0 += v341;
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
  if (lid == 0i) {
    t342[row] = r0_0;
    let v618: f32 = r0_0 * r0_0;
    t618[row] = v618;
  }
}
