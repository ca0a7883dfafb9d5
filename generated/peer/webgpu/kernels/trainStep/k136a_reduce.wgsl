// kernel k136a_reduce
@group(0) @binding(0) var<storage, read> t572: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t624: array<f32>;
@group(0) @binding(3) var<storage, read_write> t627: array<f32>;
@group(0) @binding(4) var<storage, read_write> t628: array<f32>;
@group(0) @binding(5) var<storage, read_write> t656: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k136a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l572: f32 = t572[row + col * 4096i];
    let l621: f32 = t621[row + col * 4096i];
    let v626: f32 = l572 + l621;
    let l625: f32 = t624[row / 64i + col * 64i];
    let v627: f32 = v626 + l625;
    t627[row + col * 4096i] = v627;
    acc0_0 += v627;
  }
  partial0[lid] = acc0_0;
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
    t628[row] = r0_0;
    let v656: f32 = r0_0 * r0_0;
    t656[row] = v656;
  }
}
