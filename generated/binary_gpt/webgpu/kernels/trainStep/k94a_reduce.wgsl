// kernel k94a_reduce
@group(0) @binding(0) var<storage, read> t435: array<f32>;
@group(0) @binding(1) var<storage, read> t484: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read> t495: array<f32>;
@group(0) @binding(4) var<storage, read> t48: array<f32>;
@group(0) @binding(5) var<storage, read_write> t500: array<f32>;
@group(0) @binding(6) var<storage, read_write> t501: array<f32>;
@group(0) @binding(7) var<storage, read_write> t529: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k94a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l435: f32 = t435[row + col * 4096i];
    let l484: f32 = t484[row + col * 4096i];
    let l56: f32 = t55[row / 64i + col * 64i];
    let v488: f32 = l484 * l56;
    let v498: f32 = l435 + v488;
    let l496: f32 = t495[row / 64i + col * 64i];
    let l48: f32 = t48[row + col * 4096i];
    let v497: f32 = l496 * l48;
    let v499: f32 = v498 + v497;
    let v500: f32 = v499 + v497;
    t500[row + col * 4096i] = v500;
    acc0_0 += v500;
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
    t501[row] = r0_0;
    let v529: f32 = r0_0 * r0_0;
    t529[row] = v529;
  }
}
