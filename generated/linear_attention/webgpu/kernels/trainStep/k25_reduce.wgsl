// kernel k25_reduce (compiler/std/linear.loom:20:52)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read_write> t182: array<f32>;
@group(0) @binding(2) var<storage, read_write> t185: array<f32>;
@group(0) @binding(3) var<storage, read_write> t186: array<f32>;
@group(0) @binding(4) var<storage, read_write> t193: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l172: f32 = t170[row / 256i * 4096i + row / 64i % 4i * 16i + row / 16i % 4i * 1024i + row % 16i + col * 64i];
    let v182: bool = l172 > 0.0f;
    let v183: f32 = l172 + 1.0f;
    let v184: f32 = min(l172, 0.0f);
    let v185: f32 = exp(v184);
    let v186: f32 = select(v185, v183, v182);
    t182[row / 16i * 256i + row % 16i + col * 16i] = f32(v182);
    t185[row / 16i * 256i + row % 16i + col * 16i] = v185;
    t186[row / 16i * 256i + row % 16i + col * 16i] = v186;
    acc0_0 += v186;
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
    t193[row] = r0_0;
  }
}
