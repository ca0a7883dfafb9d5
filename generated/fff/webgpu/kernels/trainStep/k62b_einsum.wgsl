// kernel k62b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t255: array<f32>;
@group(0) @binding(1) var<storage, read> t346: array<f32>;
@group(0) @binding(2) var<storage, read> t361: array<f32>;
@group(0) @binding(3) var<storage, read_write> t364: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l255: f32 = t255[i];
  let x346: f32 = t346[i];
  let l361: f32 = t361[i];
  let v362: f32 = x346 + l361;
  let v364: f32 = l255 + v362;
  t364[i] = v364;
}
