// kernel k34b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t103: array<f32>;
@group(0) @binding(1) var<storage, read> t208: array<f32>;
@group(0) @binding(2) var<storage, read> t223: array<f32>;
@group(0) @binding(3) var<storage, read_write> t226: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l103: f32 = t103[i];
    let x208: f32 = t208[i];
    let l223: f32 = t223[i];
    let v224: f32 = x208 + l223;
    let v226: f32 = l103 + v224;
    t226[i] = v226;
  }
}
