// kernel k62b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t253: array<f32>;
@group(0) @binding(1) var<storage, read> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t359: array<f32>;
@group(0) @binding(3) var<storage, read_write> t362: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l253: f32 = t253[i];
  let x344: f32 = t344[i];
  let l359: f32 = t359[i];
  let v360: f32 = x344 + l359;
  let v362: f32 = l253 + v360;
  t362[i] = v362;
}
