// kernel k15j_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t704: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t25: array<f32>;
@group(0) @binding(3) var<storage, read_write> t710: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x704: f32 = t704[i];
  let v707: f32 = x704 * 0.9f;
  let l708: f32 = t601[i / 128i * 2048i + i % 128i];
  let x25: f32 = t25[i];
  let v709: f32 = l708 * x25;
  let v710: f32 = v707 + v709;
  t710[i] = v710;
}
