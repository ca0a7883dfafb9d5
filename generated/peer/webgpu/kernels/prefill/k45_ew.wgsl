// kernel k45_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t231: array<f32>;
@group(0) @binding(1) var<storage, read> t236: array<f32>;
@group(0) @binding(2) var<storage, read_write> t242: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k45_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l240: f32 = t231[i / 8i];
  let l241: f32 = t236[i / 64i * 8i + i % 8i];
  let v242: f32 = l240 + l241;
  t242[i] = v242;
}
