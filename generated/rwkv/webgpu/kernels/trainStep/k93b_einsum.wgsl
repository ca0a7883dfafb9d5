// kernel k93b_einsum
@group(0) @binding(0) var<storage, read> t586: array<f32>;
@group(0) @binding(1) var<storage, read> t624: array<f32>;
@group(0) @binding(2) var<storage, read> t633: array<f32>;
@group(0) @binding(3) var<storage, read> t89: array<f32>;
@group(0) @binding(4) var<storage, read_write> t646: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x586: f32 = t586[i];
  let x624: f32 = t624[i];
  let v645: f32 = x586 + x624;
  let l633: f32 = t633[i];
  let l91: f32 = t89[i % 64i];
  let v635: f32 = l633 * l91;
  let v646: f32 = v645 + v635;
  t646[i] = v646;
}
