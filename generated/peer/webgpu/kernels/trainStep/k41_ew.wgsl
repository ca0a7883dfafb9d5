// kernel k41_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t229: array<f32>;
@group(0) @binding(1) var<storage, read> t234: array<f32>;
@group(0) @binding(2) var<storage, read_write> t240: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k41_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l238: f32 = t229[i / 8i];
  let l239: f32 = t234[i / 64i * 8i + i % 8i];
  let v240: f32 = l238 + l239;
  t240[i] = v240;
}
