// kernel k17j_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t711: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t25: array<f32>;
@group(0) @binding(3) var<storage, read_write> t717: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x711: f32 = t711[i];
  let v714: f32 = x711 * 0.9f;
  let l715: f32 = t608[i / 128i * 2048i + i % 128i];
  let x25: f32 = t25[i];
  let v716: f32 = l715 * x25;
  let v717: f32 = v714 + v716;
  t717[i] = v717;
}
