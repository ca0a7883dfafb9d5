// kernel k147c_reduce
@group(0) @binding(0) var<storage, read> t615: array<f32>;
@group(0) @binding(1) var<storage, read> t38: array<f32>;
@group(0) @binding(2) var<storage, read_write> t618: array<f32>;
@group(0) @binding(3) var<storage, read_write> t658: array<f32>;
@group(0) @binding(4) var<storage, read> t496: array<f32>;
@group(0) @binding(5) var<storage, read_write> t690: array<f32>;
@group(0) @binding(6) var<storage, read> t462: array<f32>;
@group(0) @binding(7) var<storage, read_write> t706: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k147c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l615: f32 = t615[row + col * 64i];
    let l38: f32 = t38[row + col * 64i];
    let v617: f32 = l615 * l38;
    acc0_0 += v617;
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
    t618[row] = r0_0;
    let v658: f32 = r0_0 * r0_0;
    t658[row] = v658;
    let x496: f32 = t496[row];
    let v690: f32 = x496 * x496;
    t690[row] = v690;
    let x462: f32 = t462[row];
    let v706: f32 = x462 * x462;
    t706[row] = v706;
  }
}
