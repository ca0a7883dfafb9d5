// kernel k17_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t124: array<f32>;
@group(0) @binding(1) var<storage, read> t115: array<f32>;
@group(0) @binding(2) var<storage, read_write> t128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l126: f32 = t124[i / 8i];
  let l127: f32 = t115[i / 64i * 8i + i % 8i];
  let v128: f32 = l126 + l127;
  t128[i] = v128;
}
