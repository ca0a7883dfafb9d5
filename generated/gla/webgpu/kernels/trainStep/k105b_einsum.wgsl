// kernel k105b_einsum
@group(0) @binding(0) var<storage, read> t554: array<f32>;
@group(0) @binding(1) var<storage, read> t550: array<f32>;
@group(0) @binding(2) var<storage, read> t171: array<f32>;
@group(0) @binding(3) var<storage, read> t176: array<f32>;
@group(0) @binding(4) var<storage, read> t175: array<f32>;
@group(0) @binding(5) var<storage, read> t173: array<f32>;
@group(0) @binding(6) var<storage, read_write> t561: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x554: f32 = t554[i];
  let x550: f32 = t550[i];
  let l171: f32 = t171[i];
  let v555: f32 = x550 * l171;
  let l176: f32 = t176[i];
  let v556: f32 = v555 * l176;
  let l175: f32 = t175[i];
  let v557: f32 = v556 / l175;
  let v558: f32 = -v557;
  let l173: f32 = t173[i];
  let v559: f32 = v558 * l173;
  let v560: f32 = -v559;
  let v561: f32 = x554 + v560;
  t561[i] = v561;
}
