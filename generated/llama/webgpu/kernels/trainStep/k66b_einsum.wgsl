// kernel k66b_einsum
@group(0) @binding(0) var<storage, read> t407: array<f32>;
@group(0) @binding(1) var<storage, read> t403: array<f32>;
@group(0) @binding(2) var<storage, read> t126: array<f32>;
@group(0) @binding(3) var<storage, read> t131: array<f32>;
@group(0) @binding(4) var<storage, read> t130: array<f32>;
@group(0) @binding(5) var<storage, read> t128: array<f32>;
@group(0) @binding(6) var<storage, read_write> t414: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x407: f32 = t407[i];
  let x403: f32 = t403[i];
  let l126: f32 = t126[i];
  let v408: f32 = x403 * l126;
  let l131: f32 = t131[i];
  let v409: f32 = v408 * l131;
  let l130: f32 = t130[i];
  let v410: f32 = v409 / l130;
  let v411: f32 = -v410;
  let l128: f32 = t128[i];
  let v412: f32 = v411 * l128;
  let v413: f32 = -v412;
  let v414: f32 = x407 + v413;
  t414[i] = v414;
}
